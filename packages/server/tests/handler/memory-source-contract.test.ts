import { createMemoryDataSource } from '../../src/index.js';
import { describeDataSourceContract } from '../data-source-contract.js';

describeDataSourceContract('memory', (dataset) => createMemoryDataSource(dataset));

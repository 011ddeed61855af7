import { createMemoryDataSource } from '../../src/index.js';
import { dataset } from './demo-fixture.js';
import { describeRoutes } from './describe-routes.js';

describeRoutes('memory', () => createMemoryDataSource(dataset));

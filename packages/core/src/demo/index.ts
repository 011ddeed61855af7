export { generateDemoDataset } from './generate-demo-dataset.js';
export { DEMO_NOW } from './demo-time.js';
export type { ChurnRiskTruth, DemoDataset, DemoSize, DemoTruth, GenerateDemoDatasetOptions } from './types.js';

import { defineProject } from 'vitest/config';

export default defineProject({ test: { name: 'example-demo-server', include: ['src/**/*.test.ts'] } });

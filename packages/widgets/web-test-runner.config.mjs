import { wtrConfig } from '../../scripts/wtr-shared.mjs';

export default wtrConfig({ files: ['src/**/*.test.ts'] });

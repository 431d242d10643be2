import { openTempCore } from '../../helpers/temp-core.ts';
import { defineContractSuite } from './contract-suite.ts';

defineContractSuite('in-process dispatch', async (dataDir) => {
  const { core, cleanup } = await openTempCore({ dataDir });
  return { invoke: (method, input) => core.dispatch(method, input), close: cleanup };
});

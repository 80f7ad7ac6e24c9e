import { UserConfigFn } from 'vite';
import { overrideVaadinConfig } from './vite.generated';

const customConfig: UserConfigFn = (env) => ({
  envPrefix: 'VITE_',
});

export default overrideVaadinConfig(customConfig);

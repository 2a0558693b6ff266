export * from './checkZenlayerImage.ts';
export * from './checkZenlayerInstanceState.ts';
export * from './checkZenlayerLogin.ts';
export * from './zenlayerPreflight.ts';

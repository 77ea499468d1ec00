/** Types for next-adapter.mjs: what each hook reads of the context Next passes it. */
export interface AdapterBuildContext {
  config: { distDir?: string; basePath?: string };
  projectDir: string;
}
export interface HostAdapter {
  name?: string;
  modifyConfig?: (config: never, ctx: never) => unknown;
  onBuildComplete?: (ctx: never) => unknown;
}
export declare const name: string;
export declare function exportDirOf(config: AdapterBuildContext["config"], projectDir: string): string;
export declare function hostAdapter(adapterPath?: string): Promise<HostAdapter | undefined>;
export declare function modifyConfig<Config>(config: Config, ctx: unknown): Promise<Config>;
export declare function onBuildComplete(ctx: AdapterBuildContext): Promise<void>;

export declare const appDir: string;
export declare const chromiumPath: string;
export declare const chromiumArgs: string[];
export declare function hasBuild(): boolean;
export declare function ensureBuild(): void;
export declare function freePort(): Promise<number>;
export declare function startServer(env?: Record<string, string>): Promise<{
  baseUrl: string;
  output: string[];
  stop(): Promise<void>;
}>;

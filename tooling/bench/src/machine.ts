import { cpus } from "node:os";

export interface Machine {
  cpu: string;
  cores: number;
  node: string;
}

export function describeMachine(): Machine {
  const processors = cpus();
  return {
    cpu: processors[0]?.model.trim() ?? "unknown CPU",
    cores: processors.length,
    node: process.version,
  };
}

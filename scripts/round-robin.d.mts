import type { Server } from "node:http";

export function appendForwardedFor(forwardedFor: string | string[] | undefined, remoteAddress: string | undefined): string;

export interface RoundRobin {
  server: Server;
  url: string;
  stats(): { target: string; requests: number; failures: number }[];
  close(): Promise<void>;
}

export function startRoundRobin(options: { port?: number; host?: string; targets: string[]; maxSockets?: number }): Promise<RoundRobin>;

import type { IncomingMessage } from "node:http";

export const CLIENT_IP_HEADER: "x-portal-client-ip";
export function parseTrustedProxyHops(value: string | undefined): number;
export function clientAddress(socketAddress: string | undefined, forwardedFor: string | string[] | undefined, hops: number): string;
export function setClientAddress(req: IncomingMessage, hops: number): void;

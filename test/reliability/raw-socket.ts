/**
 * Sends a raw text frame to the bot over the local Socket Mode server of test/support, which only
 * sends well-formed envelopes: a truncated or garbled frame is what this adds.
 */
import type { WebSocket } from 'ws';
import type { SocketModeServer } from '../support/socket-mode-server.js';

export function sendRawFrame(server: SocketModeServer, text: string): void {
  // The server keeps its connections private; a raw frame is a test-only need.
  const sockets = (server as unknown as { sockets: Set<WebSocket> }).sockets;
  const socket = [...sockets].at(-1);
  if (!socket) throw new Error('no Socket Mode client connected');
  socket.send(text);
}

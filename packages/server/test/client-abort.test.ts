// A client that hangs up in the middle of its body is a fact of mobile networks, not a server error.
import { connect } from 'node:net';
import { expect } from 'chai';
import { ADMIN_TOKEN, liveServer } from './helpers/setup.js';

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('a client aborting its upload', () => {
  it('is logged in one line, and never as an unexpected error', async () => {
    const errors: unknown[] = [];
    const lines: string[] = [];
    const server = await liveServer({ onError: (error) => errors.push(error), log: (line) => lines.push(line) });
    try {
      const socket = connect(server.port, '127.0.0.1');
      await new Promise((resolve) => socket.once('connect', resolve));
      socket.write(
        'POST /v1/aspirations HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\n' +
          'Content-Length: 10000\r\nX-Request-Id: abort-test-1\r\n\r\n{"kind":"complaint",',
      );
      await pause(150);
      socket.destroy();
      for (let i = 0; i < 40 && lines.length === 0; i++) await pause(25);
      expect(errors).to.deep.equal([]);
      expect(lines).to.have.length(1);
      expect(lines[0]).to.match(
        /^\[kim-server\] request abort-test-1 POST \/v1\/aspirations: the client closed the connection after 20 of 10000 bytes of its body$/,
      );
      // The server goes on answering.
      expect((await fetch(`${server.url}/healthz`)).status).to.equal(200);
    } finally {
      await server.close();
    }
  });

  it('an image upload cut off halfway: one line, and the server goes on', async () => {
    const errors: unknown[] = [];
    const lines: string[] = [];
    const server = await liveServer({ onError: (error) => errors.push(error), log: (line) => lines.push(line) });
    try {
      const socket = connect(server.port, '127.0.0.1');
      await new Promise((resolve) => socket.once('connect', resolve));
      socket.write(
        `POST /v1/admin/media HTTP/1.1\r\nHost: 127.0.0.1\r\nAuthorization: Bearer ${ADMIN_TOKEN}\r\n` +
          'Content-Type: image/jpeg\r\nContent-Length: 2000000\r\nX-Request-Id: abort-upload-1\r\n\r\n',
      );
      socket.write(Buffer.alloc(65_536, 0xff));
      await pause(150);
      socket.destroy();
      for (let i = 0; i < 40 && lines.length === 0; i++) await pause(25);
      expect(errors).to.deep.equal([]);
      expect(lines).to.have.length(1);
      expect(lines[0]).to.match(/^\[kim-server\] request abort-upload-1 POST \/v1\/admin\/media: the client closed/);
      expect((await fetch(`${server.url}/healthz`)).status).to.equal(200);
    } finally {
      await server.close();
    }
  });
});

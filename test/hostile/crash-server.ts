// A target that crashes: its process exits on the first `chat` event it receives. Run as
// a child process by hostile.test.ts; prints its URL on the first line of stdout.
import { acksJoin, startHostile } from './servers.ts';

const server = await startHostile({
  onConnection: (socket) => {
    acksJoin(socket);
    socket.on('chat', () => process.exit(70));
  },
});
process.stdout.write(`${server.url}\n`);

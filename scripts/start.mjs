// Serves the production build on localhost and prints the address. Any static server works
// (the build uses relative paths); this one is Vite's, already installed.
import { preview } from 'vite';

const port = Number(process.env.PORT ?? 4173);
const server = await preview({ preview: { host: '127.0.0.1', port, strictPort: false, open: false } });
const url = server.resolvedUrls?.local[0] ?? `http://127.0.0.1:${port}/`;
console.log(`\nClientele is running at ${url}\nOpen it in a browser and click "Try with sample data". Press Ctrl+C to stop.\n`);

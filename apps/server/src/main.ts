import { createApp } from './create-app.js';

const port = Number(process.env.PORT ?? 3000);
const server = createApp().listen(port, () => {
  console.log(`Neighbourly is running at http://localhost:${port} (health: /health)`);
});

process.on('SIGTERM', () => server.close(() => process.exit(0)));
process.on('SIGINT', () => server.close(() => process.exit(0)));

import { Piscina } from 'piscina';

const pool = new Piscina({
  filename: new URL('./src/internal/zz-worker.tmp.ts', import.meta.url).href,
  execArgv: ['--conditions=@neighbourly/source', '--import', 'tsx'],
  maxThreads: 2,
});
console.log(await pool.run({ n: 1 }));
await pool.destroy();

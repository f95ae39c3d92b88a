import { bundleSizes } from './bundle';
import { popupScale } from './popup-scale';
it('try', async () => {
  const t0 = Date.now();
  const quick = process.env.BENCH_QUICK === '1';
  console.log(await bundleSizes({ quick }));
  console.log(await popupScale({ quick }));
  console.log('took', Date.now() - t0);
});

// Opens the reference server's /docs in headless Chromium as a user would, authorizes with a pasted
// API key, runs "Try it out" on GET /auth/session and prints one JSON line: the URL the page called
// and the status and body it showed. Run by SwaggerUiBrowserTest.
// Usage: node swagger-ui-try-it-out.cjs DOCS_URL API_KEY SCREENSHOT_ON_FAILURE
const { chromium } = require('playwright-core');

const [docsUrl, apiKey, screenshot] = process.argv.slice(2);

(async () => {
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
    // As root in a container Chromium needs --no-sandbox; the rest keep it off the (closed) network.
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
      '--disable-component-update', '--disable-sync'],
  });
  const page = await browser.newPage();
  page.setDefaultTimeout(15000);
  try {
    await page.goto(docsUrl);
    await page.click('.auth-wrapper button.authorize');
    const bearer = page.locator('.auth-container', { hasText: 'bearerAuth' });
    await bearer.locator('input').fill(apiKey);
    await bearer.locator('button.authorize').click();
    await page.click('.modal-ux button.close-modal');
    await page.click('#operations-Authentication-getSession .opblock-summary');
    await page.click('#operations-Authentication-getSession button.try-out__btn');
    const [request] = await Promise.all([
      page.waitForRequest(r => r.url().includes('/auth/session')),
      page.click('#operations-Authentication-getSession button.execute'),
    ]);
    const live = page.locator('#operations-Authentication-getSession .live-responses-table .response');
    const status = (await live.locator('.response-col_status').first().textContent()).trim();
    const body = await live.locator('.response-col_description pre').first().textContent();
    console.log(JSON.stringify({ url: request.url(), authorization: request.headers()['authorization'] === 'Bearer ' + apiKey,
      status, body }));
  } catch (e) {
    if (screenshot) {
      await page.screenshot({ path: screenshot, fullPage: true });
    }
    console.error('swagger-ui-try-it-out: ' + e.message.split('\n')[0]);
    process.exitCode = 1;
  } finally {
    await browser.close();
  }
})();

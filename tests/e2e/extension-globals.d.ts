// What e2e tests call inside extension pages via page.evaluate (the code runs in Chromium).
declare const chrome: {
  runtime: { sendMessage(message: unknown): Promise<unknown> };
};

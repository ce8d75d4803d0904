// Helpers shared by the live-room browser tests.

/** A local Europe/London time `minutes` from now, as `YYYY-MM-DDTHH:MM` (what the series API takes). */
export function londonLocal(minutes) {
  const parts = Object.fromEntries(new Intl.DateTimeFormat('en-GB', {
    timeZone: 'Europe/London', year: 'numeric', month: '2-digit', day: '2-digit',
    hour: '2-digit', minute: '2-digit', hourCycle: 'h23',
  }).formatToParts(new Date(Date.now() + minutes * 60_000)).map((p) => [p.type, p.value]));
  return `${parts.year}-${parts.month}-${parts.day}T${parts.hour}:${parts.minute}`;
}

/** Evaluates `fn` in the page until it returns something truthy; fails with `message`. */
export async function until(page, fn, arg, message, timeout = 15_000) {
  try {
    return await (await page.waitForFunction(fn, arg, { timeout })).jsonValue();
  } catch (err) {
    const state = await page.evaluate(() => JSON.stringify(window.kindredRoom?.state.room)).catch(() => '?');
    throw new Error(`${message} (after ${timeout} ms): ${err.message.split('\n')[0]}\nroom: ${state}`);
  }
}

/** In the page: how many of its peer connections are connected. */
export const connectedPeers = () => [...window.kindredRoom.peers.values()].filter((pc) => pc.connectionState === 'connected').length;

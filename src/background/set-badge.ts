// The toolbar badge counts a tab's related reports.
import { browser, type TabAnalysis } from '../shared/protocol.ts';

export async function setBadge(tabId: number, analysis: TabAnalysis | undefined): Promise<void> {
  const n = analysis && analysis.state !== 'unsupported' ? analysis.result.related.length : 0;
  try {
    await browser.action.setBadgeBackgroundColor({ tabId, color: '#1d3557' });
    await browser.action.setBadgeText({ tabId, text: n ? String(n) : '' });
  } catch {
    // The tab was closed meanwhile.
  }
}

// Fetch a feed report's article page in full, on the reader's request.
// Placeholder until followed sources land (issue 12): no report is stored from a feed yet.
export async function fetchFullText(_id: string): Promise<{ summaryOnly: boolean }> {
  throw new Error('This report has no article page to fetch.');
}

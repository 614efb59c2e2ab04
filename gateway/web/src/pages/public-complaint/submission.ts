/**
 * One submission of a form, sent as many times as the sender presses the button: every attempt carries the same
 * request id until one is answered, so that a retry after a lost answer is the same complaint (docs/complaints.md);
 * the next submission then gets an id of its own.
 */
export function oneSubmission<T>(send: (requestId: string) => Promise<T>, newId: () => string = () => crypto.randomUUID()): () => Promise<T> {
  let requestId = newId();
  return async () => {
    const answer = await send(requestId);
    requestId = newId();
    return answer;
  };
}

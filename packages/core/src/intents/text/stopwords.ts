/** Words that carry no intent on their own; everything else is left to the IDF weights. */
export const STOPWORDS: ReadonlySet<string> = new Set([
  'a', 'an', 'the', 'please', 'pls', 'plz', 'me', 'us', 'show', 'give', 'get', 'display', 'pull', 'up', 'let',
  'to', 'of', 'in', 'on', 'at', 'for', 'and', 'or', 'is', 'are', 'be', 'am', 'was', 'were', 'it', 'its',
  'this', 'that', 'these', 'those', 'some', 'any', 'just', 'also', 'hey', 'hi', 'hello', 'thanks', 'thank',
  'quick', 'quickly', 'kindly', 'currently', 'right', 'now', 'there', 'by', 'with', 'from', 'into', 'as',
]);

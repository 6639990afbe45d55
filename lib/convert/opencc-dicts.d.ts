// opencc-js ships no declarations for its per-dictionary modules: each one
// default-exports a serialized dictionary, "from to|from to|…".
declare module 'opencc-js/dict/*' {
  const dict: string;
  export default dict;
}

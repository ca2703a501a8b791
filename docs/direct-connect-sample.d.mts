// The sample runs on import (top-level await) and exports nothing.
export {};

/** 可复现的伪随机数发生器（mulberry32），仅用于种子数据生成，不可用于安全场景。 */

export interface Rng {
  /** [0, 1) 均匀分布 */
  next(): number;
  /** [min, max] 闭区间整数 */
  int(min: number, max: number): number;
  /** 从非空数组中等概率取一个元素 */
  pick<T>(arr: readonly T[]): T;
  /** 以概率 p 返回 true */
  chance(p: number): boolean;
}

export function createRng(seed: number): Rng {
  let state = seed >>> 0;
  const next = (): number => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  return {
    next,
    int(min: number, max: number): number {
      const lo = Math.ceil(Math.min(min, max));
      const hi = Math.floor(Math.max(min, max));
      return lo + Math.floor(next() * (hi - lo + 1));
    },
    pick<T>(arr: readonly T[]): T {
      if (arr.length === 0) throw new RangeError("rng.pick: 数组为空");
      return arr[Math.floor(next() * arr.length)] as T;
    },
    chance(p: number): boolean {
      return next() < p;
    },
  };
}

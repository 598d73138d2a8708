/**
 * Bits, most significant first, and Exp-Golomb codes of order k: a value v is v + 2^k in binary
 * after as many zeros as that has bits beyond k + 1. With k near log2 of the typical value a
 * gap or position costs about k + 2 bits, and an outlier grows only logarithmically.
 */

export class BitWriter {
  private bytes: number[] = [];
  private current = 0;
  private filled = 0;

  bit(b: number): void {
    this.current = (this.current << 1) | (b & 1);
    if (++this.filled === 8) {
      this.bytes.push(this.current);
      this.current = 0;
      this.filled = 0;
    }
  }

  /** The low `n` bits of `value`, highest first. */
  bits(value: number, n: number): void {
    if (value < 2 ** 31) for (let i = n - 1; i >= 0; i--) this.bit((value >>> i) & 1);
    else for (let i = n - 1; i >= 0; i--) this.bit(Math.floor(value / 2 ** i) % 2);
  }

  expGolomb(value: number, k: number): void {
    if (!Number.isInteger(value) || value < 0) throw new RangeError(`expGolomb: expected a non-negative integer, got ${value}`);
    const x = value + 2 ** k;
    const n = bitLength(x);
    for (let i = n - k - 1; i > 0; i--) this.bit(0);
    this.bits(x, n);
  }

  /** The bytes, the last one padded with zeros. */
  finish(): Uint8Array {
    const out = Uint8Array.from(this.bytes, (b) => b);
    if (!this.filled) return out;
    const padded = new Uint8Array(out.length + 1);
    padded.set(out);
    padded[out.length] = this.current << (8 - this.filled);
    return padded;
  }
}

export function bitLength(x: number): number {
  if (x >= 0 && x < 2 ** 32) return 32 - Math.clz32(x);
  let n = 0;
  while (x >= 1) {
    x = Math.floor(x / 2);
    n++;
  }
  return n;
}

/** Bits an Exp-Golomb code of order k takes for this value. */
export function expGolombBits(value: number, k: number): number {
  return 2 * bitLength(value + 2 ** k) - k - 1;
}

/** The order that codes these values in the fewest bits (tried around log2 of their mean). */
export function bestOrder(values: readonly number[]): number {
  let sum = 0;
  for (const v of values) sum += v;
  const tally = new OrderTally(sum, values.length);
  for (const v of values) tally.add(v);
  return tally.best();
}

/**
 * `bestOrder` in one pass over values that are not held in an array: given their sum and
 * number beforehand, it counts the bits of each order tried as the values go by.
 */
export class OrderTally {
  private readonly guess: number;
  private readonly from: number;
  private readonly bits: number[] = [];

  constructor(
    sum: number,
    private readonly count: number,
  ) {
    const guess = count ? Math.max(0, bitLength(Math.floor(sum / count)) - 1) : 0;
    this.guess = guess;
    this.from = Math.max(0, guess - 2);
    for (let k = this.from; k <= Math.min(30, guess + 2); k++) this.bits.push(0);
  }

  add(value: number): void {
    for (let i = 0; i < this.bits.length; i++) this.bits[i] += expGolombBits(value, this.from + i);
  }

  /** The order of fewest bits, the lowest of equals (0 for no values; the guess itself when it is past the orders tried). */
  best(): number {
    if (!this.count) return 0;
    if (!this.bits.length) return this.guess;
    let best = 0;
    for (let i = 1; i < this.bits.length; i++) if (this.bits[i] < this.bits[best]) best = i;
    return this.from + best;
  }
}

/**
 * Reads bits most significant first. The bytes are copied once into a buffer with four zero
 * bytes of padding, so 32 bits can be peeked at any position without bounds checks, and an
 * Exp-Golomb code (its zeros counted with Math.clz32) costs a few operations instead of one per bit.
 */
export class BitReader {
  private at = 0;
  private readonly end: number;
  private readonly data: Uint8Array;

  constructor(data: Uint8Array) {
    this.end = data.length * 8;
    this.data = new Uint8Array(data.length + 5);
    this.data.set(data);
  }

  /** The 32 bits from the current position (zeros past the end). */
  private peek(): number {
    const d = this.data;
    const i = this.at >>> 3;
    const s = this.at & 7;
    const word = ((d[i] << 24) | (d[i + 1] << 16) | (d[i + 2] << 8) | d[i + 3]) >>> 0;
    return s === 0 ? word : ((word << s) | (d[i + 4] >>> (8 - s))) >>> 0;
  }

  bit(): number {
    if (this.at >= this.end) throw new RangeError('bits: unexpected end of data');
    const b = (this.data[this.at >>> 3] >>> (7 - (this.at & 7))) & 1;
    this.at++;
    return b;
  }

  bits(n: number): number {
    if (n <= 24 && this.at + n <= this.end) {
      const v = n === 0 ? 0 : this.peek() >>> (32 - n);
      this.at += n;
      return v;
    }
    let v = 0;
    for (let i = 0; i < n; i++) v = v * 2 + this.bit();
    return v;
  }

  expGolomb(k: number): number {
    const word = this.peek();
    const zeros = Math.clz32(word);
    // The zeros, the leading 1 and zeros + k bits more, all within the peeked word and the data.
    const length = zeros + 1 + k;
    if (zeros + length <= 32 && k < 31 && this.at + zeros + length <= this.end) {
      this.at += zeros + length;
      return ((word << zeros) >>> (32 - length)) - (1 << k);
    }
    return this.slowExpGolomb(k);
  }

  private slowExpGolomb(k: number): number {
    let zeros = 0;
    while (this.bit() === 0) zeros++;
    // The leading 1 was read: the rest of the zeros + k + 1 bits.
    let x = 1;
    for (let i = 0; i < zeros + k; i++) x = x * 2 + this.bit();
    return x - 2 ** k;
  }

  /** True when only the last byte's zero padding is left. */
  get done(): boolean {
    if (this.end - this.at >= 8) return false;
    for (let i = this.at; i < this.end; i++) if ((this.data[i >>> 3] >>> (7 - (i & 7))) & 1) return false;
    return true;
  }
}

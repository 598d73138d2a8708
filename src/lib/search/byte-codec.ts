/** Unsigned LEB128 varints in a growable byte buffer: compact postings that decode fast in the browser. */

export class ByteWriter {
  private buffer: Uint8Array;
  length = 0;

  constructor(capacity = 16) {
    this.buffer = new Uint8Array(capacity);
  }

  private reserve(extra: number): void {
    if (this.length + extra <= this.buffer.length) return;
    let size = this.buffer.length * 2;
    while (size < this.length + extra) size *= 2;
    const next = new Uint8Array(size);
    next.set(this.buffer);
    this.buffer = next;
  }

  varint(value: number): void {
    if (this.length + 8 > this.buffer.length) this.reserve(8);
    if (value >= 0 && value < 0x80 && (value | 0) === value) {
      this.buffer[this.length++] = value;
      return;
    }
    if (!Number.isInteger(value) || value < 0) throw new RangeError(`varint: expected a non-negative integer, got ${value}`);
    let v = value;
    while (v >= 0x80) {
      this.buffer[this.length++] = (v & 0x7f) | 0x80;
      v = Math.floor(v / 128);
    }
    this.buffer[this.length++] = v;
  }

  bytes(data: Uint8Array): void {
    this.reserve(data.length);
    this.buffer.set(data, this.length);
    this.length += data.length;
  }

  finish(): Uint8Array {
    return this.buffer.slice(0, this.length);
  }

  /** The bytes written so far, without a copy: valid until the next write. */
  view(): Uint8Array {
    return this.buffer.subarray(0, this.length);
  }
}

export class ByteReader {
  offset: number;

  constructor(
    readonly data: Uint8Array,
    offset = 0,
    readonly end = data.length,
  ) {
    this.offset = offset;
  }

  get done(): boolean {
    return this.offset >= this.end;
  }

  varint(): number {
    let result = 0;
    let scale = 1;
    for (;;) {
      if (this.offset >= this.end) throw new RangeError('varint: unexpected end of data');
      const byte = this.data[this.offset++];
      result += (byte & 0x7f) * scale;
      if (byte < 0x80) return result;
      scale *= 128;
    }
  }

  bytes(length: number): Uint8Array {
    if (this.offset + length > this.end) throw new RangeError('bytes: unexpected end of data');
    const out = this.data.subarray(this.offset, this.offset + length);
    this.offset += length;
    return out;
  }
}

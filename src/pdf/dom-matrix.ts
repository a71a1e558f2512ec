/**
 * A minimal `DOMMatrix` for Node installs without `@napi-rs/canvas` (`--omit=optional`):
 * pdf.js's legacy build needs the constructor to exist at import time, and text and drawing
 * operators come out identical with this stand-in (rendering is never used here).
 */
class DomMatrixStandIn {
  a = 1;
  b = 0;
  c = 0;
  d = 1;
  e = 0;
  f = 0;

  constructor(init?: ArrayLike<number>) {
    if (init && init.length >= 6) {
      this.a = Number(init[0]);
      this.b = Number(init[1]);
      this.c = Number(init[2]);
      this.d = Number(init[3]);
      this.e = Number(init[4]);
      this.f = Number(init[5]);
    }
  }

  get is2D(): boolean {
    return true;
  }

  get isIdentity(): boolean {
    return this.a === 1 && this.b === 0 && this.c === 0 && this.d === 1 && this.e === 0 && this.f === 0;
  }

  multiplySelf(other: DomMatrixStandIn): this {
    const { a, b, c, d, e, f } = this;
    this.a = a * other.a + c * other.b;
    this.b = b * other.a + d * other.b;
    this.c = a * other.c + c * other.d;
    this.d = b * other.c + d * other.d;
    this.e = a * other.e + c * other.f + e;
    this.f = b * other.e + d * other.f + f;
    return this;
  }

  preMultiplySelf(other: DomMatrixStandIn): this {
    const copy = new DomMatrixStandIn([other.a, other.b, other.c, other.d, other.e, other.f]);
    copy.multiplySelf(this);
    Object.assign(this, { a: copy.a, b: copy.b, c: copy.c, d: copy.d, e: copy.e, f: copy.f });
    return this;
  }

  multiply(other: DomMatrixStandIn): DomMatrixStandIn {
    return new DomMatrixStandIn([this.a, this.b, this.c, this.d, this.e, this.f]).multiplySelf(other);
  }

  translate(x = 0, y = 0): DomMatrixStandIn {
    return this.multiply(new DomMatrixStandIn([1, 0, 0, 1, x, y]));
  }

  scale(x = 1, y = x): DomMatrixStandIn {
    return this.multiply(new DomMatrixStandIn([x, 0, 0, y, 0, 0]));
  }

  invertSelf(): this {
    const det = this.a * this.d - this.b * this.c;
    if (det === 0) {
      Object.assign(this, { a: NaN, b: NaN, c: NaN, d: NaN, e: NaN, f: NaN });
      return this;
    }
    const { a, b, c, d, e, f } = this;
    this.a = d / det;
    this.b = -b / det;
    this.c = -c / det;
    this.d = a / det;
    this.e = (c * f - d * e) / det;
    this.f = (b * e - a * f) / det;
    return this;
  }

  inverse(): DomMatrixStandIn {
    return new DomMatrixStandIn([this.a, this.b, this.c, this.d, this.e, this.f]).invertSelf();
  }

  transformPoint(point: { x?: number; y?: number } = {}): { x: number; y: number; z: number; w: number } {
    const x = point.x ?? 0;
    const y = point.y ?? 0;
    return { x: this.a * x + this.c * y + this.e, y: this.b * x + this.d * y + this.f, z: 0, w: 1 };
  }
}

/** Installs the stand-in only where the host has no `DOMMatrix` (browsers and canvas-equipped Node keep theirs). */
export function installDomMatrix(): void {
  const host = globalThis as { DOMMatrix?: unknown };
  if (host.DOMMatrix === undefined) host.DOMMatrix = DomMatrixStandIn;
}

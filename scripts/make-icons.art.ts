/**
 * The app's icon, drawn from signed distance functions so every size is rendered natively (not
 * scaled down from 1024): a white A4 sheet with a folded corner, the two header lines of an
 * NĐ30 document, the red title "BÁO CÁO" and body lines, and a red seal with a gold star.
 * Up to 64 px edges snap to whole pixels and the drawing loses detail, so 16 px stays crisp.
 * Deterministic: no trigonometry per pixel, the same bytes on every run.
 */

/** A colour as 0–255 sRGB channels and 0–1 opacity. */
type Colour = readonly [r: number, g: number, b: number, a: number];
/** Signed distance from a point (unit square, y down) to a shape's edge: negative inside. */
type Sdf = (x: number, y: number) => number;

const INK: Colour = [46, 59, 86, 1];
const BODY: Colour = [148, 158, 172, 1];
const RED: Colour = [218, 37, 29, 1];
const DEEP_RED: Colour = [160, 22, 18, 1];
const GOLD: Colour = [255, 205, 0, 1];
const PAGE: Colour = [255, 255, 255, 1];
const FOLD: Colour = [214, 220, 229, 1];

const box =
  (x0: number, y0: number, x1: number, y1: number, r = 0): Sdf =>
  (x, y) => {
    const qx = Math.abs(x - (x0 + x1) / 2) - ((x1 - x0) / 2 - r);
    const qy = Math.abs(y - (y0 + y1) / 2) - ((y1 - y0) / 2 - r);
    return Math.hypot(Math.max(qx, 0), Math.max(qy, 0)) + Math.min(Math.max(qx, qy), 0) - r;
  };
const circle =
  (cx: number, cy: number, r: number): Sdf =>
  (x, y) =>
    Math.hypot(x - cx, y - cy) - r;
const intersect =
  (...shapes: Sdf[]): Sdf =>
  (x, y) =>
    Math.max(...shapes.map((shape) => shape(x, y)));
/** The band `width` wide just inside `shape`'s edge. */
const innerBorder =
  (shape: Sdf, width: number): Sdf =>
  (x, y) => {
    const d = shape(x, y);
    return Math.max(d, -d - width);
  };
const shifted =
  (shape: Sdf, dx: number, dy: number): Sdf =>
  (x, y) =>
    shape(x - dx, y - dy);

// cos/sin of 36° and 54°: the mirror axes of a five-pointed star (Inigo Quilez's sdStar5).
const K1X = 0.809016994375;
const K1Y = -0.587785252292;
/** A regular five-pointed star, point up, outer radius `r`, inner radius `r * inner`. */
const star =
  (cx: number, cy: number, r: number, inner = 0.381966): Sdf =>
  (x, y) => {
    let px = Math.abs(x - cx);
    let py = cy - y;
    let d = Math.max(K1X * px + K1Y * py, 0) * 2;
    px -= d * K1X;
    py -= d * K1Y;
    d = Math.max(-K1X * px + K1Y * py, 0) * 2;
    px -= d * -K1X;
    py -= d * K1Y;
    px = Math.abs(px);
    py -= r;
    const bx = inner * -K1Y;
    const by = inner * K1X - 1;
    const h = Math.min(Math.max((px * bx + py * by) / (bx * bx + by * by), 0), r);
    return Math.hypot(px - bx * h, py - by * h) * Math.sign(py * bx - px * by);
  };

/** One painted layer: a shape, its colour, and how soft its edge is (0: one-pixel antialiasing). */
interface Layer {
  shape: Sdf;
  colour: Colour;
  blur?: number;
}

/** The layers of the icon at `size` pixels, back to front. */
function layers(size: number): Layer[] {
  const px = 1 / size;
  const small = size <= 64;
  // Edges on whole pixels up to 64 px; free above, where antialiasing already looks sharp.
  const g = (v: number) => (small ? Math.round(v * size) / size : v);
  const x0 = g(0.16);
  const x1 = g(0.78);
  const y0 = g(0.055);
  const y1 = g(0.93);
  const fold = g(size <= 16 ? 0.19 : 0.15);
  const line = (yTop: number, from: number, to: number, thickness: number, colour: Colour): Layer => {
    const t = small ? Math.max(1, Math.round(thickness * size)) * px : thickness;
    const top = g(yTop);
    return { shape: box(g(from), top, g(to), top + t, small ? 0 : t / 2), colour };
  };
  const corner = (x: number, y: number) => (x - (x1 - fold) - (y - y0)) / Math.SQRT2;
  const sheet = intersect(box(x0, y0, x1, y1, small ? px * 0.75 : 0.022), corner);
  const flap = intersect(
    (x) => x1 - fold - x,
    (_x, y) => y - (y0 + fold),
    corner,
  );
  const out: Layer[] = [
    { shape: shifted(sheet, 0.012, 0.02), colour: [0, 0, 0, 0.28], blur: small ? 0.5 * px : 0.028 },
    { shape: sheet, colour: PAGE },
    { shape: innerBorder(sheet, small ? px : 0.007), colour: small ? [120, 131, 146, 1] : [176, 184, 196, 1] },
    { shape: shifted(flap, -0.006, 0.01), colour: [0, 0, 0, 0.18], blur: small ? 0 : 0.012 },
    { shape: flap, colour: FOLD },
    { shape: innerBorder(flap, small ? px : 0.006), colour: [150, 160, 174, 1] },
  ];
  const left = x0 + g(0.06);
  if (size <= 16) {
    out.push(line(0.25, 0.31, 0.56, 0.07, INK), line(0.4, 0.31, 0.69, 0.07, RED), line(0.56, 0.31, 0.69, 0.07, BODY));
  } else if (small) {
    out.push(
      line(0.14, left, 0.4, 0.035, INK),
      line(0.14, 0.47, 0.6, 0.035, INK),
      line(0.27, 0.3, 0.64, 0.06, RED),
      line(0.4, left, 0.7, 0.035, BODY),
      line(0.5, left, 0.7, 0.035, BODY),
      line(0.6, left, 0.5, 0.035, BODY),
    );
  } else {
    out.push(
      line(0.125, left, 0.4, 0.024, INK),
      line(0.165, left + 0.035, 0.365, 0.014, INK),
      line(0.125, 0.44, 0.61, 0.024, INK),
      line(0.165, 0.465, 0.585, 0.014, INK),
      line(0.255, 0.33, 0.61, 0.042, RED),
      ...[0.36, 0.425, 0.49, 0.555].map((top) => line(top, left, 0.72, 0.022, BODY)),
      line(0.62, left, 0.5, 0.022, BODY),
    );
  }
  // The seal overlaps the sheet's lower right edge, as a stamp does.
  const [cx, cy, r] = size <= 16 ? [g(0.69), g(0.69), 0.27] : [0.7, 0.745, 0.215];
  // Below 48 px a shadow only blurs the seal's edge.
  if (size >= 48) out.push({ shape: shifted(circle(cx, cy, r), 0.008, 0.016), colour: [0, 0, 0, 0.3], blur: small ? 0.6 * px : 0.022 });
  out.push({ shape: circle(cx, cy, r), colour: RED });
  // A one-pixel rim on a disc this small only muddies its edge.
  if (size >= 32) out.push({ shape: innerBorder(circle(cx, cy, r), small ? px : 0.014), colour: DEEP_RED });
  if (!small) out.push({ shape: innerBorder(circle(cx, cy, r * 0.8), 0.013), colour: GOLD });
  out.push({ shape: star(cx, cy + r * 0.06, r * (size <= 16 ? 0.84 : small ? 0.78 : 0.56)), colour: GOLD });
  return out;
}

/** The icon as `size`×`size` RGBA pixels (straight alpha, rows top to bottom). */
export function renderIcon(size: number): Uint8Array {
  // Premultiplied colour, composited front over back.
  const acc = new Float64Array(size * size * 4);
  for (const { shape, colour, blur = 0 } of layers(size)) {
    const [r, g, b, a] = colour;
    for (let j = 0; j < size; j++) {
      for (let i = 0; i < size; i++) {
        const d = shape((i + 0.5) / size, (j + 0.5) / size);
        const edge = blur > 0 ? 0.5 - d / (2 * blur) : 0.5 - d * size;
        const alpha = a * Math.min(Math.max(edge, 0), 1);
        if (alpha === 0) continue;
        const k = (j * size + i) * 4;
        acc[k] = r * alpha + (acc[k] ?? 0) * (1 - alpha);
        acc[k + 1] = g * alpha + (acc[k + 1] ?? 0) * (1 - alpha);
        acc[k + 2] = b * alpha + (acc[k + 2] ?? 0) * (1 - alpha);
        acc[k + 3] = alpha + (acc[k + 3] ?? 0) * (1 - alpha);
      }
    }
  }
  const out = new Uint8Array(size * size * 4);
  for (let k = 0; k < out.length; k += 4) {
    const alpha = acc[k + 3] ?? 0;
    if (alpha <= 0) continue;
    for (let c = 0; c < 3; c++) out[k + c] = Math.round(Math.min((acc[k + c] ?? 0) / alpha, 255));
    out[k + 3] = Math.round(alpha * 255);
  }
  return out;
}

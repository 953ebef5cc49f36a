/**
 * Reads a QR code from the device's camera, in this page only: no frame, no image and no text leaves it.
 * The browser's own BarcodeDetector where it has one that reads QR codes (Chrome on Android and macOS,
 * Safari 17+), else jsQR (pure JavaScript, no WebAssembly, so the site's CSP needs no change), loaded only
 * when the camera starts. Framework-free: the page gives it a <video> and gets text back.
 */

/** Why the camera could not start: the reader then offers typing the code instead. */
export type CameraProblem = 'cameraDenied' | 'noCamera' | 'cameraFailed';

export interface RunningScanner {
  stop(): void;
}

type Detect = () => Promise<string | null>;

/** Frames are read at most this often: enough for a code held in front of the camera, easy on a cheap phone. */
const INTERVAL_MS = 150;
/** Frames are scaled down to this width before jsQR reads them (a QR code on a phone screen is large). */
const MAX_WIDTH = 640;

interface DetectorLike {
  detect(source: CanvasImageSource): Promise<{ rawValue: string }[]>;
}
interface DetectorClass {
  new (options: { formats: string[] }): DetectorLike;
  getSupportedFormats(): Promise<string[]>;
}

async function nativeDetector(video: HTMLVideoElement): Promise<Detect | null> {
  const Detector = (globalThis as { BarcodeDetector?: DetectorClass }).BarcodeDetector;
  if (!Detector) return null;
  try {
    if (!(await Detector.getSupportedFormats()).includes('qr_code')) return null;
    const detector = new Detector({ formats: ['qr_code'] });
    return async () => (await detector.detect(video))[0]?.rawValue ?? null;
  } catch {
    return null;
  }
}

async function jsqrDetector(video: HTMLVideoElement): Promise<Detect> {
  const { default: jsQR } = await import('jsqr');
  const canvas = document.createElement('canvas');
  const context = canvas.getContext('2d', { willReadFrequently: true });
  return () => {
    if (!context || video.videoWidth === 0) return Promise.resolve(null);
    const scale = Math.min(1, MAX_WIDTH / video.videoWidth);
    canvas.width = Math.round(video.videoWidth * scale);
    canvas.height = Math.round(video.videoHeight * scale);
    context.drawImage(video, 0, 0, canvas.width, canvas.height);
    const image = context.getImageData(0, 0, canvas.width, canvas.height);
    return Promise.resolve(jsQR(image.data, image.width, image.height, { inversionAttempts: 'attemptBoth' })?.data ?? null);
  };
}

function problemOf(error: unknown): CameraProblem {
  const name = error instanceof Error || (typeof DOMException !== 'undefined' && error instanceof DOMException) ? error.name : '';
  if (name === 'NotAllowedError' || name === 'SecurityError') return 'cameraDenied';
  if (name === 'NotFoundError' || name === 'OverconstrainedError') return 'noCamera';
  return 'cameraFailed';
}

/**
 * Starts the camera in `video` and calls `onText` with each QR code's text it reads (the same text once
 * until another is seen). Resolves to a handle that stops it, or to the reason it could not start.
 */
export async function startScanner(
  video: HTMLVideoElement,
  onText: (text: string) => void,
): Promise<{ ok: true; scanner: RunningScanner } | { ok: false; problem: CameraProblem }> {
  if (!navigator.mediaDevices?.getUserMedia) return { ok: false, problem: 'noCamera' };
  let stream: MediaStream;
  try {
    stream = await navigator.mediaDevices.getUserMedia({ video: { facingMode: { ideal: 'environment' } }, audio: false });
  } catch (error) {
    return { ok: false, problem: problemOf(error) };
  }
  let stopped = false;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const stop = () => {
    stopped = true;
    if (timer !== undefined) clearTimeout(timer);
    for (const track of stream.getTracks()) track.stop();
    video.srcObject = null;
  };
  try {
    video.srcObject = stream;
    video.muted = true;
    video.playsInline = true;
    await video.play();
    const detect = (await nativeDetector(video)) ?? (await jsqrDetector(video));
    let last: string | null = null;
    const tick = async () => {
      if (stopped) return;
      let text: string | null = null;
      try {
        text = await detect();
      } catch {
        text = null;
      }
      if (stopped) return;
      if (text !== null && text !== last) {
        last = text;
        onText(text);
      }
      if (!stopped) timer = setTimeout(() => void tick(), INTERVAL_MS);
    };
    void tick();
  } catch (error) {
    stop();
    return { ok: false, problem: problemOf(error) };
  }
  return { ok: true, scanner: { stop } };
}

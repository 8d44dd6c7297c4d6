// A QR code as an image the page carries itself (a data: address, which the Content-Security-Policy's img-src
// allows): made on the server, so no script and no other site is involved.
import "server-only";
import QRCode from "qrcode";

export async function qrImage(text: string): Promise<string> {
  const svg = await QRCode.toString(text, {
    type: "svg",
    errorCorrectionLevel: "M",
    margin: 2,
    color: { dark: "#000000", light: "#ffffff" },
  });
  return `data:image/svg+xml;base64,${Buffer.from(svg).toString("base64")}`;
}

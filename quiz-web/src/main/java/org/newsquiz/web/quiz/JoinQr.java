package org.newsquiz.web.quiz;

import io.nayuki.qrcodegen.QrCode;

/** The join link as a QR code in SVG, encoded by Nayuki's QR Code generator; one path of dark modules. */
public final class JoinQr {
    private static final int BORDER = 4;

    private JoinQr() {
    }

    /** An SVG drawing of {@code link}'s QR code, scaled by its container; {@code label} is its accessible name. */
    public static String svg(String link, String label) {
        QrCode qr = QrCode.encodeText(link, QrCode.Ecc.MEDIUM);
        int size = qr.size + BORDER * 2;
        StringBuilder path = new StringBuilder();
        for (int y = 0; y < qr.size; y++) {
            for (int x = 0; x < qr.size; x++) {
                if (qr.getModule(x, y)) {
                    path.append('M').append(x + BORDER).append(',').append(y + BORDER).append("h1v1h-1z");
                }
            }
        }
        return "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 " + size + " " + size
                + "\" role=\"img\" aria-label=\"" + escape(label) + "\" shape-rendering=\"crispEdges\">"
                + "<rect width=\"100%\" height=\"100%\" fill=\"#fff\"/><path d=\"" + path + "\" fill=\"#000\"/></svg>";
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("\"", "&quot;").replace("<", "&lt;").replace(">", "&gt;");
    }
}

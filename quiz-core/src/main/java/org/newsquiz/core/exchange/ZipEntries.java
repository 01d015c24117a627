package org.newsquiz.core.exchange;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * The entries of an uploaded package, read with limits on their number and on the bytes actually
 * inflated (declared sizes are not trusted), so a zip bomb stops early.
 */
final class ZipEntries {
    private ZipEntries() {
    }

    static Map<String, byte[]> read(byte[] data) throws ExchangeException {
        InputLimits.checkSize(data, "QTI package");
        var entries = new LinkedHashMap<String, byte[]>();
        long total = 0;
        try (var zip = new ZipInputStream(new ByteArrayInputStream(data))) {
            ZipEntry entry;
            while ((entry = zip.getNextEntry()) != null) {
                if (entry.isDirectory()) {
                    continue;
                }
                if (entries.size() >= InputLimits.MAX_PACKAGE_ENTRIES) {
                    throw new ExchangeException("the QTI package has more than " + InputLimits.MAX_PACKAGE_ENTRIES + " files");
                }
                byte[] content = inflate(zip, entry.getName());
                total += content.length;
                if (total > InputLimits.MAX_PACKAGE_BYTES) {
                    throw new ExchangeException("the QTI package unpacks to more than "
                            + InputLimits.MAX_PACKAGE_BYTES / (1024 * 1024) + " MB");
                }
                entries.put(entry.getName(), content);
            }
        } catch (IOException | IllegalArgumentException e) {
            throw new ExchangeException("the QTI package is not a readable zip file: " + e.getMessage(), e);
        }
        if (entries.isEmpty()) {
            throw new ExchangeException("the QTI package is not a zip file or holds no files");
        }
        return entries;
    }

    private static byte[] inflate(ZipInputStream zip, String name) throws IOException, ExchangeException {
        var out = new ByteArrayOutputStream();
        byte[] buffer = new byte[8192];
        int n;
        while ((n = zip.read(buffer)) > 0) {
            if (out.size() + n > InputLimits.MAX_FILE_BYTES) {
                throw new ExchangeException("the file " + name + " in the QTI package unpacks to more than "
                        + InputLimits.MAX_FILE_BYTES / (1024 * 1024) + " MB");
            }
            out.write(buffer, 0, n);
        }
        return out.toByteArray();
    }
}

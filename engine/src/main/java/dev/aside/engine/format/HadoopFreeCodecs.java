package dev.aside.engine.format;

import com.github.luben.zstd.Zstd;
import dev.aside.engine.UnsupportedFormatException;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.util.zip.GZIPInputStream;
import org.apache.parquet.bytes.BytesInput;
import org.apache.parquet.compression.CompressionCodecFactory;
import org.apache.parquet.hadoop.metadata.CompressionCodecName;
import org.xerial.snappy.Snappy;

/**
 * Page compression for Parquet without Hadoop. parquet-java's own codec factory builds a Hadoop
 * {@code Configuration} and Hadoop codec objects even for local files, which would drag half of
 * Hadoop's dependencies onto the class path; the codecs Aside needs are plain byte-array calls into
 * snappy-java, zstd-jni (both already parquet-java dependencies) and {@code java.util.zip}.
 *
 * <p>Stateless and thread-safe: every call works on its own arrays.
 */
final class HadoopFreeCodecs implements CompressionCodecFactory {

    static final HadoopFreeCodecs INSTANCE = new HadoopFreeCodecs();

    private HadoopFreeCodecs() {
    }

    @Override
    public BytesInputCompressor getCompressor(CompressionCodecName codec) {
        if (codec != CompressionCodecName.SNAPPY) {
            throw new IllegalArgumentException("Aside writes snappy Parquet only, not " + codec);
        }
        return new BytesInputCompressor() {
            @Override
            public BytesInput compress(BytesInput bytes) throws IOException {
                return BytesInput.from(Snappy.compress(bytes.toByteArray()));
            }

            @Override
            public CompressionCodecName getCodecName() {
                return codec;
            }

            @Override
            public void release() {
            }
        };
    }

    @Override
    public BytesInputDecompressor getDecompressor(CompressionCodecName codec) {
        return new BytesInputDecompressor() {
            @Override
            public BytesInput decompress(BytesInput bytes, int uncompressedSize) throws IOException {
                return BytesInput.from(HadoopFreeCodecs.decompress(codec, bytes.toByteArray(), uncompressedSize));
            }

            @Override
            public void decompress(ByteBuffer input, int compressedSize, ByteBuffer output, int uncompressedSize)
                    throws IOException {
                byte[] compressed = new byte[compressedSize];
                input.get(compressed);
                output.put(HadoopFreeCodecs.decompress(codec, compressed, uncompressedSize));
            }

            @Override
            public void release() {
            }
        };
    }

    @Override
    public void release() {
    }

    private static byte[] decompress(CompressionCodecName codec, byte[] compressed, int uncompressedSize)
            throws IOException {
        byte[] out = new byte[uncompressedSize];
        long length;
        switch (codec) {
            case UNCOMPRESSED:
                return compressed;
            case SNAPPY:
                length = Snappy.uncompress(compressed, 0, compressed.length, out, 0);
                break;
            case ZSTD:
                length = Zstd.decompressByteArray(out, 0, out.length, compressed, 0, compressed.length);
                if (Zstd.isError(length)) {
                    throw new IOException("zstd page: " + Zstd.getErrorName(length));
                }
                break;
            case GZIP:
                try (InputStream in = new GZIPInputStream(new ByteArrayInputStream(compressed))) {
                    length = in.readNBytes(out, 0, out.length);
                }
                break;
            default:
                throw new UnsupportedFormatException("The file is compressed with " + codec + ", which Aside does not"
                        + " read. Write it with snappy, gzip, zstd or no compression, then update the item.");
        }
        if (length != uncompressedSize) {
            throw new IOException(codec + " page decompressed to " + length + " bytes, expected " + uncompressedSize);
        }
        return out;
    }
}

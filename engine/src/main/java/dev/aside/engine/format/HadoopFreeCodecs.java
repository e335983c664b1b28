package dev.aside.engine.format;

import com.github.luben.zstd.Zstd;
import dev.aside.engine.UnsupportedFormatException;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.util.zip.GZIPInputStream;
import org.apache.parquet.bytes.ByteBufferAllocator;
import org.apache.parquet.bytes.ByteBufferReleaser;
import org.apache.parquet.bytes.BytesInput;
import org.apache.parquet.bytes.HeapByteBufferAllocator;
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

    private static final ByteBufferAllocator HEAP = new HeapByteBufferAllocator();

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
                try (ByteBufferReleaser releaser = new ByteBufferReleaser(HEAP)) {
                    Slice page = Slice.of(bytes.toByteBuffer(releaser));
                    byte[] compressed = new byte[Snappy.maxCompressedLength(page.length())];
                    int length = Snappy.compress(page.array(), page.offset(), page.length(), compressed, 0);
                    return BytesInput.from(compressed, 0, length);
                }
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
                try (ByteBufferReleaser releaser = new ByteBufferReleaser(HEAP)) {
                    return BytesInput.from(HadoopFreeCodecs.decompress(codec, bytes.toByteBuffer(releaser), uncompressedSize));
                }
            }

            @Override
            public void decompress(ByteBuffer input, int compressedSize, ByteBuffer output, int uncompressedSize)
                    throws IOException {
                ByteBuffer compressed = input.slice().limit(compressedSize);
                input.position(input.position() + compressedSize);
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

    private static byte[] decompress(CompressionCodecName codec, ByteBuffer buffer, int uncompressedSize)
            throws IOException {
        Slice page = Slice.of(buffer);
        byte[] in = page.array();
        int offset = page.offset();
        int inLength = page.length();
        byte[] out = new byte[uncompressedSize];
        long length;
        switch (codec) {
            case UNCOMPRESSED:
                System.arraycopy(in, offset, out, 0, Math.min(inLength, uncompressedSize));
                length = inLength;
                break;
            case SNAPPY:
                length = Snappy.uncompress(in, offset, inLength, out, 0);
                break;
            case ZSTD:
                length = Zstd.decompressByteArray(out, 0, out.length, in, offset, inLength);
                if (Zstd.isError(length)) {
                    throw new IOException("zstd page: " + Zstd.getErrorName(length));
                }
                break;
            case GZIP:
                try (InputStream gzip = new GZIPInputStream(new ByteArrayInputStream(in, offset, inLength))) {
                    length = gzip.readNBytes(out, 0, out.length);
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

    /** A buffer's bytes as an array range; parquet-java hands heap buffers here, a direct one is copied. */
    private record Slice(byte[] array, int offset, int length) {
        static Slice of(ByteBuffer buffer) {
            if (buffer.hasArray()) {
                return new Slice(buffer.array(), buffer.arrayOffset() + buffer.position(), buffer.remaining());
            }
            byte[] copy = new byte[buffer.remaining()];
            buffer.duplicate().get(copy);
            return new Slice(copy, 0, copy.length);
        }
    }
}

package dev.aside.engine.format;

import java.io.IOException;
import java.util.EnumSet;
import java.util.Set;
import org.apache.parquet.bytes.ByteBufferInputStream;
import org.apache.parquet.column.ColumnDescriptor;
import org.apache.parquet.column.Dictionary;
import org.apache.parquet.column.Encoding;
import org.apache.parquet.column.ValuesType;
import org.apache.parquet.column.page.DataPage;
import org.apache.parquet.column.page.DataPageV1;
import org.apache.parquet.column.page.DataPageV2;
import org.apache.parquet.column.page.DictionaryPage;
import org.apache.parquet.column.page.PageReader;
import org.apache.parquet.column.values.ValuesReader;
import org.apache.parquet.column.values.rle.RunLengthBitPackingHybridDecoder;
import org.apache.parquet.io.ParquetDecodingException;
import org.apache.parquet.schema.PrimitiveType.PrimitiveTypeName;
import tech.tablesaw.columns.Column;

/**
 * Collects one flat Parquet column into a preallocated array covering every row of the file, then
 * turns it into a Tablesaw column. Decoding works page by page on parquet-java's value readers,
 * never through record objects: this is what makes the reader several times faster than row-based
 * ones.
 *
 * <p>Row groups are decoded concurrently: {@link #decodeChunk} may run on several threads at once
 * for disjoint row ranges, so subclasses write only inside the range they are given and keep any
 * per-chunk state in a {@link PageDecoder} of that chunk.
 */
abstract class ColumnSink {

    /** Decodes the pages of one column chunk; one instance per chunk, used by one thread. */
    interface PageDecoder {
        /**
         * Fills rows {@code [row, row + count)}: a row holds a value where {@code levels[i] == maxLevel},
         * and is missing otherwise. {@code dictionaryIds} tells that {@code values} yields dictionary ids.
         */
        void decode(int[] levels, int maxLevel, ValuesReader values, boolean dictionaryIds, int row, int count);
    }

    /** The types whose plain pages {@link PlainPageValues} reads (booleans are bit-packed; INT96 and fixed-length are rare). */
    private static final Set<PrimitiveTypeName> PLAIN_IN_PLACE = EnumSet.of(PrimitiveTypeName.INT32,
            PrimitiveTypeName.INT64, PrimitiveTypeName.FLOAT, PrimitiveTypeName.DOUBLE, PrimitiveTypeName.BINARY);

    final String name;
    final ColumnDescriptor column;

    ColumnSink(ColumnDescriptor column) {
        this.column = column;
        this.name = column.getPath()[0];
    }

    /** A decoder for one chunk whose dictionary page (null if none) is {@code dictionary}. */
    abstract PageDecoder chunkDecoder(Dictionary dictionary);

    /** The finished column; called once, after every chunk has been decoded. */
    abstract Column<?> toColumn();

    final void decodeChunk(PageReader pages, int firstRow) throws IOException {
        DictionaryPage dictionaryPage = pages.readDictionaryPage();
        Dictionary dictionary = dictionaryPage == null ? null
                : dictionaryPage.getEncoding().initDictionary(column, dictionaryPage);
        PageDecoder decoder = chunkDecoder(dictionary);
        int maxLevel = column.getMaxDefinitionLevel();
        int[] levels = new int[0];
        int row = firstRow;
        for (DataPage page = pages.readPage(); page != null; page = pages.readPage()) {
            int count = page.getValueCount();
            if (levels.length < count) {
                levels = new int[count];
            }
            Encoding encoding;
            ValuesReader values;
            if (page instanceof DataPageV1 v1) {
                ByteBufferInputStream in = v1.getBytes().toInputStream();
                // Flat columns have no repetition levels; optional ones have definition levels.
                if (maxLevel > 0) {
                    ValuesReader levelReader = v1.getDlEncoding().getValuesReader(column, ValuesType.DEFINITION_LEVEL);
                    levelReader.initFromPage(count, in);
                    for (int i = 0; i < count; i++) {
                        levels[i] = levelReader.readInteger();
                    }
                }
                encoding = v1.getValueEncoding();
                values = valuesReader(encoding, dictionary);
                values.initFromPage(count, in);
            } else {
                DataPageV2 v2 = (DataPageV2) page;
                if (maxLevel > 0) {
                    RunLengthBitPackingHybridDecoder levelReader = new RunLengthBitPackingHybridDecoder(
                            32 - Integer.numberOfLeadingZeros(maxLevel), v2.getDefinitionLevels().toInputStream());
                    for (int i = 0; i < count; i++) {
                        levels[i] = levelReader.readInt();
                    }
                }
                encoding = v2.getDataEncoding();
                values = valuesReader(encoding, dictionary);
                values.initFromPage(count, v2.getData().toInputStream());
            }
            decoder.decode(levels, maxLevel, values, encoding.usesDictionary(), row, count);
            row += count;
        }
    }

    private ValuesReader valuesReader(Encoding encoding, Dictionary dictionary) {
        if (encoding == Encoding.PLAIN && PLAIN_IN_PLACE.contains(column.getPrimitiveType().getPrimitiveTypeName())) {
            return new PlainPageValues();
        }
        if (!encoding.usesDictionary()) {
            return encoding.getValuesReader(column, ValuesType.VALUES);
        }
        if (dictionary == null) {
            throw new ParquetDecodingException("column '" + name + "' has dictionary-encoded pages but no dictionary page");
        }
        return encoding.getDictionaryBasedValuesReader(column, ValuesType.VALUES, dictionary);
    }
}

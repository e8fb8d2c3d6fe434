package org.parcelwatch.api.application.forms;

import com.fasterxml.jackson.core.io.IOContext;
import com.fasterxml.jackson.core.io.InputDecorator;
import java.io.ByteArrayInputStream;
import java.io.CharConversionException;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;

/**
 * Lets only well-formed UTF-8 through to the JSON parser (RFC 8259 §8.1 asks JSON exchanged between systems to be
 * UTF-8; Unicode's table 3-7 says which byte sequences are). Jackson's own decoder refuses a byte that starts no
 * character, but reads an overlong form ({@code C0 AF} as "/") without a word, which is how filters on "/" or quotes
 * are slipped past; and a character cut short at the end of a string can pass too. Bytes are checked as they stream
 * by, so a body is still read once; a bad one fails the read with {@link NotUtf8Exception}.
 */
final class WellFormedUtf8 extends InputDecorator {

    private static final long serialVersionUID = 1L;

    /** Input that is not UTF-8; an I/O failure of the read, as Jackson's own encoding errors are. */
    static final class NotUtf8Exception extends CharConversionException {

        private static final long serialVersionUID = 1L;

        NotUtf8Exception(String message) {
            super(message);
        }
    }

    @Override
    public InputStream decorate(IOContext context, InputStream in) {
        return new Checked(in);
    }

    @Override
    public InputStream decorate(IOContext context, byte[] source, int offset, int length) {
        return new Checked(new ByteArrayInputStream(source, offset, length));
    }

    /** Characters are past decoding already; a lone surrogate among them is the text deserializer's business. */
    @Override
    public Reader decorate(IOContext context, Reader reader) {
        return reader;
    }

    /** The stream, checked byte by byte against the well-formed sequences. */
    static final class Checked extends FilterInputStream {

        /** Continuation bytes still due for the character under way, and the range the next one must lie in. */
        private int due;
        private int low = 0x80;
        private int high = 0xBF;
        private long position;

        Checked(InputStream in) {
            super(in);
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b < 0) {
                end();
            } else {
                check(b);
            }
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int n = super.read(buffer, offset, length);
            if (n < 0) {
                end();
            }
            for (int i = 0; i < n; i++) {
                check(buffer[offset + i] & 0xFF);
            }
            return n;
        }

        /** Skipped bytes are read and checked too: nothing reaches the parser unchecked. */
        @Override
        public long skip(long n) throws IOException {
            byte[] buffer = new byte[(int) Math.min(Math.max(n, 0), 8192)];
            int read = buffer.length == 0 ? 0 : read(buffer, 0, buffer.length);
            return Math.max(read, 0);
        }

        @Override
        public boolean markSupported() {
            return false;
        }

        @Override
        public synchronized void mark(int limit) {
            // not supported: a reset would check bytes twice
        }

        @Override
        public synchronized void reset() throws IOException {
            throw new IOException("mark/reset not supported");
        }

        private void check(int b) throws NotUtf8Exception {
            if (due > 0) {
                if (b < low || b > high) {
                    throw bad(b);
                }
                due--;
                low = 0x80;
                high = 0xBF;
            } else if (b >= 0x80) {
                start(b);
            }
            position++;
        }

        /** Table 3-7: the lead byte fixes the length, and the range of the second byte excludes overlong forms,
         * surrogates (ED A0..BF) and code points above U+10FFFF. */
        private void start(int b) throws NotUtf8Exception {
            if (b >= 0xC2 && b <= 0xDF) {
                expect(1, 0x80, 0xBF);
            } else if (b == 0xE0) {
                expect(2, 0xA0, 0xBF);
            } else if (b >= 0xE1 && b <= 0xEC || b == 0xEE || b == 0xEF) {
                expect(2, 0x80, 0xBF);
            } else if (b == 0xED) {
                expect(2, 0x80, 0x9F);
            } else if (b == 0xF0) {
                expect(3, 0x90, 0xBF);
            } else if (b >= 0xF1 && b <= 0xF3) {
                expect(3, 0x80, 0xBF);
            } else if (b == 0xF4) {
                expect(3, 0x80, 0x8F);
            } else {
                throw bad(b);
            }
        }

        private void expect(int continuations, int secondLow, int secondHigh) {
            due = continuations;
            low = secondLow;
            high = secondHigh;
        }

        private void end() throws NotUtf8Exception {
            if (due > 0) {
                throw new NotUtf8Exception("The body is not UTF-8: its last character is cut short");
            }
        }

        private NotUtf8Exception bad(int b) {
            return new NotUtf8Exception(String.format("The body is not UTF-8: byte 0x%02X at offset %d is not well-formed",
                    b, position));
        }
    }
}

package org.corridorsim.experiment.output;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import org.corridorsim.model.Outcome;

/**
 * The payload of a {@link JournalFile} record: one replication's outcome under its unit, with
 * throughput counts as varints (see the format in {@link JournalFile}).
 */
final class JournalPayload {

    private JournalPayload() {
    }

    static void encode(DataOutputStream out, String unit, Outcome outcome) throws IOException {
        out.writeUTF(unit);
        out.writeInt(outcome.replication());
        out.writeLong(outcome.events());
        double[] values = outcome.values();
        out.writeInt(values.length);
        for (double v : values) {
            out.writeDouble(v);
        }
        double[][] series = outcome.throughput();
        out.writeInt(series.length);
        for (double[] bins : series) {
            out.writeInt(bins.length);
            for (double v : bins) {
                writeNumber(out, v);
            }
        }
        double[] recorded = outcome.recorded();
        out.writeInt(recorded.length);
        for (double v : recorded) {
            out.writeDouble(v);
        }
    }

    static Outcome decode(DataInputStream in, String unit) throws IOException {
        String recordUnit = in.readUTF();
        if (!recordUnit.equals(unit)) {
            return null;
        }
        int replication = in.readInt();
        long events = in.readLong();
        double[] values = new double[in.readInt()];
        for (int m = 0; m < values.length; m++) {
            values[m] = in.readDouble();
        }
        double[][] series = new double[in.readInt()][];
        for (int s = 0; s < series.length; s++) {
            series[s] = new double[in.readInt()];
            for (int b = 0; b < series[s].length; b++) {
                series[s][b] = readNumber(in);
            }
        }
        double[] recorded = new double[in.readInt()];
        for (int k = 0; k < recorded.length; k++) {
            recorded[k] = in.readDouble();
        }
        return new Outcome(replication, values, series, events, recorded);
    }

    private static final double TWO_53 = 9007199254740992.0;

    private static void writeNumber(OutputStream out, double v) throws IOException {
        if (v >= 0 && v < TWO_53 && v == Math.rint(v) && Double.doubleToRawLongBits(v) != Long.MIN_VALUE) {
            writeVarLong(out, ((long) v) << 1);
        } else {
            writeVarLong(out, 1);
            long bits = Double.doubleToRawLongBits(v);
            for (int shift = 56; shift >= 0; shift -= 8) {
                out.write((int) (bits >>> shift));
            }
        }
    }

    private static double readNumber(DataInputStream in) throws IOException {
        long tag = readVarLong(in);
        if ((tag & 1) == 0) {
            return (double) (tag >>> 1);
        }
        return in.readDouble();
    }

    private static void writeVarLong(OutputStream out, long value) throws IOException {
        while ((value & ~0x7FL) != 0) {
            out.write((int) ((value & 0x7F) | 0x80));
            value >>>= 7;
        }
        out.write((int) value);
    }

    private static long readVarLong(DataInputStream in) throws IOException {
        long value = 0;
        for (int shift = 0; shift < 64; shift += 7) {
            int b = in.readUnsignedByte();
            value |= (long) (b & 0x7F) << shift;
            if ((b & 0x80) == 0) {
                return value;
            }
        }
        throw new IOException("malformed number in journal");
    }
}

package org.corridorsim.kernel;

/** In-place selection (Hoare's quickselect) on a prefix of a primitive array. */
final class Selection {

    private Selection() {
    }

    /** The k-th smallest (0-based) of {@code values[0, n)}; reorders that prefix. */
    static double kthSmallest(double[] values, int n, int k) {
        int low = 0;
        int high = n - 1;
        while (low < high) {
            double pivot = values[(low + high) >>> 1];
            int i = low;
            int j = high;
            while (i <= j) {
                while (values[i] < pivot) {
                    i++;
                }
                while (values[j] > pivot) {
                    j--;
                }
                if (i <= j) {
                    double swap = values[i];
                    values[i] = values[j];
                    values[j] = swap;
                    i++;
                    j--;
                }
            }
            if (k <= j) {
                high = j;
            } else if (k >= i) {
                low = i;
            } else {
                return values[k];
            }
        }
        return values[k];
    }
}

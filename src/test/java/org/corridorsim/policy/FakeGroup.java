package org.corridorsim.policy;

/** A mutable group for tests; the setters return the group so a test reads as one line. */
public final class FakeGroup implements GroupView {

    private Kind kind = Kind.CIVILIAN;
    private int size = 1;
    private boolean medical;
    private int population;
    private int corridor = -1;

    public static FakeGroup civilian() {
        return new FakeGroup();
    }

    public static FakeGroup fighter() {
        return new FakeGroup().kind(Kind.FIGHTER);
    }

    public FakeGroup kind(Kind kind) {
        this.kind = kind;
        return this;
    }

    public FakeGroup size(int size) {
        this.size = size;
        return this;
    }

    public FakeGroup medical(boolean medical) {
        this.medical = medical;
        return this;
    }

    public FakeGroup population(int population) {
        this.population = population;
        return this;
    }

    public FakeGroup corridor(int corridor) {
        this.corridor = corridor;
        return this;
    }

    @Override public Kind kind() { return kind; }
    @Override public int size() { return size; }
    @Override public boolean medical() { return medical; }
    @Override public int population() { return population; }
    @Override public int corridor() { return corridor; }
}

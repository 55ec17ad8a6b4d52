/** An application that embeds CorridorSim as a named module. */
module example.embed {
    requires org.corridorsim;
}

"""One file per schema version; never edit one that has shipped, add the next."""

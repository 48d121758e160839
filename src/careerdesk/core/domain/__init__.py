"""Domain vocabulary: the fixed words of PRODUCT.md, as plain Python."""

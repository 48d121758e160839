"""The domain model, rules, storage and services. Never imports Qt."""

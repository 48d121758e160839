"""Qt item models over core services: they hold ids or plain rows, never ORM objects."""

"""Operations the window and the command line share.

Each takes a session (or the open ``Database``) and plain arguments, and returns
plain data (dataclasses), never live ORM objects across threads.
"""

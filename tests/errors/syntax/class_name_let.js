class let {}

print("beleg")

#include "appshell.h"

int main(int argc, char **argv)
{
    return Attend::runAttend(argc, argv);
}
